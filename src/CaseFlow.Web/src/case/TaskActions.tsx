import { useState } from 'react';
import { App as AntApp, Button, Card, Descriptions, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import DeadlineTag from '../inbox/DeadlineTag';
import type { TaskDto } from '../inbox/inboxModel';
import TransferModal from '../inbox/TransferModal';
import type { CaseDto, ServiceItemDto } from './caseModel';
import { returnTargets } from './caseModel';
import CompleteForm from './CompleteForm';
import ReasonModal from './ReasonModal';

interface Props {
  task: TaskDto;
  tasks: TaskDto[];
  value: CaseDto;
  item: ServiceItemDto | null;
  onChanged: () => void;
}

type Pending = 'transfer' | 'return' | 'withdraw' | 'urge' | 'comment' | null;

/** What the current step allows the signed-in user: claim, complete, transfer, return, withdraw, urge (supervisors) and comments; the server decides each. */
export default function TaskActions({ task, tasks, value, item, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { roles } = useAuth();
  const [pending, setPending] = useState<Pending>(null);
  const id = { id: String(task.id) };
  const mayAct = roles.includes(task.role);
  const targets = returnTargets(tasks, task);
  const closed = (done: boolean) => {
    setPending(null);
    if (done) {
      void message.success(t('casePage.saved'));
      onChanged();
    }
  };
  const claim = async () => {
    try {
      await api.post('/api/tasks/{id}/claim', id);
      onChanged();
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Card size="small" title={t('casePage.step', { step: task.title })} data-testid="task-actions"
      extra={<Space size={4} wrap>
        {mayAct && task.status === 'Open' && <Button size="small" type="primary" onClick={() => void claim()} data-testid="task-claim">{t('inbox.claim')}</Button>}
        {mayAct && <Button size="small" onClick={() => setPending('transfer')} data-testid="task-transfer">{t('inbox.transfer.one')}</Button>}
        {mayAct && targets.length > 0 && <Button size="small" onClick={() => setPending('return')}>{t('casePage.return')}</Button>}
        {mayAct && <Button size="small" onClick={() => setPending('withdraw')}>{t('casePage.withdraw')}</Button>}
        {roles.includes('supervisor') && <Button size="small" onClick={() => setPending('urge')} data-testid="task-urge">{t('casePage.urge')}</Button>}
        <Button size="small" onClick={() => setPending('comment')} data-testid="task-comment">{t('casePage.comment')}</Button>
      </Space>}>
      <Descriptions size="small" column={3} style={{ marginBottom: 8 }}>
        <Descriptions.Item label={t('inbox.taskStatus')}>{t(`inbox.taskState.${task.status}`)}</Descriptions.Item>
        <Descriptions.Item label={t('casePage.role')}>{t(`roles.${task.role}`, { defaultValue: task.role })}</Descriptions.Item>
        <Descriptions.Item label={t('inbox.col.deadline')}><DeadlineTag task={task} /></Descriptions.Item>
      </Descriptions>
      {mayAct && <CompleteForm key={task.id} task={task} value={value} item={item} onDone={() => closed(true)} />}
      {pending === 'transfer' && <TransferModal tasks={[task]} onClose={() => setPending(null)} onDone={() => closed(true)} />}
      {pending === 'return' && <ReasonModal title={t('casePage.return')} choiceLabel={t('casePage.returnTo')} textLabel={t('casePage.reason')}
        choices={targets.map((s) => ({ value: s.activityId, label: s.title }))} onClose={closed}
        onSubmit={(reason, to) => api.post('/api/tasks/{id}/return', id, { toActivityId: to, reason })} />}
      {pending === 'withdraw' && <ReasonModal title={t('casePage.withdraw')} textLabel={t('casePage.reason')} textRequired={false} onClose={closed}
        onSubmit={(reason) => api.post('/api/tasks/{id}/withdraw', id, { reason: reason || null })} />}
      {pending === 'urge' && <ReasonModal title={t('casePage.urge')} textLabel={t('casePage.urgeMessage')} textRequired={false} onClose={closed}
        onSubmit={(text) => api.post('/api/tasks/{id}/urge', id, { message: text || null })} />}
      {pending === 'comment' && <ReasonModal title={t('casePage.comment')} textLabel={t('casePage.commentText')} onClose={closed}
        onSubmit={(text) => api.post('/api/tasks/{id}/comments', id, { text })} />}
    </Card>
  );
}
