import { useState } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  /** A choice to make first (the step to return to, the clock stop's reason), when the act needs one. */
  choices?: { value: string; label: string }[];
  choiceLabel?: string;
  textLabel: string;
  textRequired?: boolean;
  onSubmit: (text: string, choice: string | undefined) => Promise<unknown>;
  onClose: (done: boolean) => void;
}

/** One act that takes a text (and perhaps a choice): return, withdraw, urge, comment, a clock stop, the extension. */
export default function ReasonModal({ title, choices, choiceLabel, textLabel, textRequired = true, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [choice, setChoice] = useState<string | undefined>(choices?.[0]?.value);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ready = (!textRequired || text.trim().length > 0) && (!choices || !!choice);
  const submit = async () => {
    if (!ready) return;
    setBusy(true);
    try {
      await onSubmit(text.trim(), choice);
      onClose(true);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={title} onCancel={() => onClose(false)} onOk={() => void submit()} confirmLoading={busy} okButtonProps={{ disabled: !ready }}
      okText={t('casePage.submit')} destroyOnHidden data-testid="reason-modal">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Form layout="vertical">
        {choices && (
          <Form.Item label={choiceLabel} htmlFor="reason-choice">
            <Select id="reason-choice" value={choice} onChange={setChoice} options={choices} />
          </Form.Item>
        )}
        <Form.Item label={textLabel} required={textRequired} htmlFor="reason-text">
          <Input.TextArea id="reason-text" autoFocus rows={3} maxLength={1000} value={text} onChange={(e) => setText(e.target.value)} data-testid="reason-text" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
