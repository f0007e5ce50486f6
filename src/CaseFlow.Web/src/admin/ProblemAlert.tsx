import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** The server's problem details: its title or detail, and each field with the rule it broke. */
export default function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : null;
  const message = problem ? (problem.detail ?? problem.title ?? `HTTP ${problem.status}`) : String((error as Error).message ?? error);
  const fields = Object.entries(problem?.errors ?? {});
  return (
    <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} data-testid="problem" title={t('admin.problem', { message })}
      description={fields.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {fields.map(([field, rules]) => <li key={field}><code>{field}</code>：{rules.join('；')}</li>)}
        </ul>
      )} />
  );
}
