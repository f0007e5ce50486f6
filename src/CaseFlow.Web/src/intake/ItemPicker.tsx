import { useEffect, useState } from 'react';
import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { ItemSummary } from './intakeModel';

/** The service item (办事事项) from the catalog, found by its name or its implementation or basic code. */
export default function ItemPicker({ onPick }: { onPick: (code: string | undefined) => void }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<ItemSummary[]>([]);
  useEffect(() => {
    void api.get('/api/catalog/items').then(setItems, () => setItems([]));
  }, []);
  const options = items.map((i) => ({ value: i.implementationCode, label: i.name, search: `${i.name} ${i.implementationCode} ${i.basicCode}` }));
  return (
    <Form.Item name="itemCode" label={t('intake.item')} rules={[{ required: true, message: t('intake.itemRequired') }]}>
      <Select data-testid="intake-item" placeholder={t('intake.itemSearch')} options={options} onChange={onPick} allowClear
        showSearch={{ filterOption: (input, option) => (option?.search ?? '').toLowerCase().includes(input.trim().toLowerCase()) }}
        optionRender={(o) => <span>{o.data.label} <span style={{ color: '#5c6773' }}>{o.data.value}</span></span>} />
    </Form.Item>
  );
}
