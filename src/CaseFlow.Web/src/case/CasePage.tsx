import { lazy, Suspense } from 'react';
import { Alert, Button, Card, Col, Empty, Row, Space, Spin, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { navigate } from '../shell/router';
import AuditPanel from './AuditPanel';
import CaseFormView from './CaseFormView';
import CaseHeader from './CaseHeader';
import { currentTask } from './caseModel';
import CaseTasks from './CaseTasks';
import CaseTimeline from './CaseTimeline';
import ClockPanel from './ClockPanel';
import DocumentList from './DocumentList';
import MaterialList from './MaterialList';
import SupplementForm from './SupplementForm';
import TaskActions from './TaskActions';
import { useCaseData } from './useCaseData';

const InstanceViewer = lazy(() => import('../instance/InstanceViewer'));

/** 办件页 (issue 12 point 2): the case, its form and materials, what its current step allows, clocks, documents, timeline and audit trail. */
export default function CasePage({ caseId, taskId }: { caseId: string; taskId: string | null }) {
  const { t } = useTranslation();
  const { roles } = useAuth();
  const { data, error, reload } = useCaseData(caseId);
  if (error) return <Alert type="error" showIcon title={error} style={{ margin: 16 }} data-testid="case-error" />;
  if (!data) return <Spin style={{ margin: 48 }} />;
  const { case: value, item, tasks, documents, timeline } = data;
  const task = currentTask(tasks, taskId);
  const form = (value.form ?? {}) as Record<string, unknown>;
  const workflowPath = `/cases/${caseId}/workflow`;
  return (
    <div style={{ padding: 16 }} data-testid="case-page">
      <Space style={{ marginBottom: 8 }}>
        <Button size="small" onClick={() => navigate('/inbox')}>{t('casePage.back')}</Button>
      </Space>
      <CaseHeader value={value} />
      <Row gutter={16} style={{ marginTop: 12 }}>
        <Col span={10}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <CaseFormView fields={item?.formFields ?? []} form={form} />
            <MaterialList materials={value.materials ?? []} />
          </Space>
        </Col>
        <Col span={14}>
          <Space direction="vertical" style={{ width: '100%' }}>
            {value.status === 'AwaitingSupplement' && roles.includes('clerk') && <SupplementForm value={value} onDone={() => void reload()} />}
            {task ? <TaskActions key={task.id} task={task} tasks={tasks} value={value} item={item} onChanged={() => void reload()} />
              : <Card size="small"><Empty description={t('casePage.noOpenStep')} /></Card>}
          </Space>
        </Col>
      </Row>
      <Tabs style={{ marginTop: 12 }} data-testid="case-tabs" items={[
        { key: 'clocks', label: t('casePage.tab.clocks'), children: <ClockPanel value={value} onChanged={() => void reload()} /> },
        { key: 'documents', label: t('casePage.tab.documents', { count: documents.length }), children: <DocumentList caseId={caseId} documents={documents} /> },
        { key: 'timeline', label: t('casePage.tab.timeline'), children: <CaseTimeline entries={timeline} /> },
        { key: 'tasks', label: t('casePage.tab.tasks'), children: <CaseTasks tasks={tasks} /> },
        { key: 'audit', label: t('casePage.tab.audit'), children: <AuditPanel caseId={caseId} version={timeline.length} /> },
        {
          key: 'workflow', label: t('casePage.tab.workflow'), children: (
            <Space direction="vertical" style={{ width: '100%' }}>
              <a href={workflowPath} onClick={(e) => { e.preventDefault(); navigate(workflowPath); }} data-testid="workflow-link">{t('casePage.openWorkflow')}</a>
              <div style={{ height: 560 }}>
                <Suspense fallback={<Spin />}><InstanceViewer caseId={caseId} /></Suspense>
              </div>
            </Space>
          ),
        },
      ]} />
    </div>
  );
}
