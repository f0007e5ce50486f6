import { useMemo, useState } from 'react';
import { Button, Card, Col, Row, Tag, Tree, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { orgTree, type OrgUnitDto } from './adminModel';
import OrgUnitCreateForm from './OrgUnitCreateForm';
import ProblemAlert from './ProblemAlert';
import { useAdminList } from './useAdminList';

/** 组织机构: the tree of regions, departments and windows; a new unit goes under the selected one. */
export default function OrgUnitsPage() {
  const { t } = useTranslation();
  const units = useAdminList(() => api.get('/api/admin/org-units'));
  const [selected, setSelected] = useState<OrgUnitDto | null>(null);
  const tree = useMemo(() => orgTree(units.rows), [units.rows]);

  return (
    <Row gutter={16} data-testid="admin-org-units">
      <Col xs={24} lg={14}>
        <Card size="small" title={t('admin.org.tree', { count: units.rows.length })}>
          <ProblemAlert error={units.error} />
          {tree.length > 0 && (
            <Tree<(typeof tree)[number]> treeData={tree} defaultExpandedKeys={tree.map((n) => n.key)} height={520} blockNode data-testid="org-tree"
              selectedKeys={selected ? [selected.code] : []}
              onSelect={(_, info) => setSelected(info.selected ? info.node.unit : null)}
              titleRender={(n) => (
                <span data-org={n.unit.code}>
                  {n.title} <Tag className="care-secondary">{t(`admin.org.kind.${n.unit.kind}`)}</Tag>
                  {n.unit.category && <Typography.Text type="secondary" className="care-secondary">{n.unit.category}</Typography.Text>}
                </span>
              )} />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card size="small" title={t('admin.org.create')}
          extra={selected && <Button size="small" onClick={() => setSelected(null)}>{t('admin.org.clearParent')}</Button>}>
          <OrgUnitCreateForm parent={selected} onCreated={() => void units.reload()} />
        </Card>
      </Col>
    </Row>
  );
}
