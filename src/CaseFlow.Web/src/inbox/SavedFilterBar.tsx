import { useState } from 'react';
import { Button, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InboxFilters } from './inboxModel';
import { loadSavedFilters, removeFilter, saveFilter, savedToFilters, type SavedFilter } from './savedFilters';

/** Named filters of this user, saved in this browser (localStorage keyed by the user name). */
export default function SavedFilterBar({ userName, filters, onApply }: { userName: string; filters: InboxFilters; onApply: (f: InboxFilters) => void }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<SavedFilter[]>(() => loadSavedFilters(localStorage, userName));
  const [name, setName] = useState('');
  const [current, setCurrent] = useState<string | undefined>();
  return (
    <Space size={8} data-testid="saved-filters">
      <Select allowClear style={{ width: 180 }} placeholder={t('inbox.saved.pick')} aria-label={t('inbox.saved.pick')} value={current}
        options={saved.map((f) => ({ value: f.name, label: f.name }))}
        onChange={(v?: string) => {
          setCurrent(v);
          const found = saved.find((f) => f.name === v);
          onApply(found ? savedToFilters(found) : {});
        }} />
      <Input style={{ width: 150 }} placeholder={t('inbox.saved.name')} aria-label={t('inbox.saved.name')} value={name} onChange={(e) => setName(e.target.value)} />
      <Button disabled={!name.trim()} onClick={() => {
        setSaved(saveFilter(localStorage, userName, name.trim(), filters));
        setCurrent(name.trim());
        setName('');
      }}>{t('inbox.saved.save')}</Button>
      <Button disabled={!current} onClick={() => {
        if (current) setSaved(removeFilter(localStorage, userName, current));
        setCurrent(undefined);
      }}>{t('inbox.saved.remove')}</Button>
    </Space>
  );
}
