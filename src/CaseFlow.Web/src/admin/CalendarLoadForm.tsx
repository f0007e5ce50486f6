import { useState } from 'react';
import { App as AntApp, Button, Input, Space, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { yearOf } from './calendarModel';
import ProblemAlert from './ProblemAlert';

/**
 * 载入日历: a year's JSON (as published under src/CaseFlow.Domain/Calendar/Data) uploaded or pasted; the text goes to the server
 * as it is, so a bad file is answered with the server's problem naming the field.
 */
export default function CalendarLoadForm({ fallbackYear, onLoaded }: { fallbackYear: number; onLoaded(year: number): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const load = async () => {
    const year = yearOf(text) ?? fallbackYear;
    setBusy(true);
    try {
      const result = await api.putJsonText('/api/admin/calendars/{year}', { year }, text);
      void message.success(t('admin.calendar.loadedOk', { year, count: Number(result.deadlinesRecomputed) }));
      setError(null);
      setText('');
      onLoaded(year);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="calendar-load">
      <ProblemAlert error={error} />
      <Input.TextArea rows={5} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('admin.calendar.pasteHint')}
        aria-label={t('admin.calendar.paste')} data-testid="calendar-json" style={{ fontFamily: 'monospace' }} />
      <Space style={{ marginTop: 8 }}>
        <Upload accept=".json,application/json" showUploadList={false} maxCount={1}
          beforeUpload={(file) => {
            void file.text().then(setText);
            return false;
          }}>
          <Button data-testid="calendar-upload">{t('admin.calendar.upload')}</Button>
        </Upload>
        <Button type="primary" disabled={!text.trim()} loading={busy} onClick={() => void load()} data-testid="calendar-submit">{t('admin.calendar.submit')}</Button>
      </Space>
    </div>
  );
}
