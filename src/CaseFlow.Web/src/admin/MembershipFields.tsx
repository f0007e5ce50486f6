import { Button, Form, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { roles, type OrgUnitDto } from './adminModel';

/** The memberships of a user (a role in an org unit) as a form list, for creating a user and for setting them. */
export default function MembershipFields({ units }: { units: OrgUnitDto[] }) {
  const { t } = useTranslation();
  const unitOptions = units.map((u) => ({ value: u.code, label: `${u.name}（${u.code}）` }));
  return (
    <Form.List name="memberships">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, i) => (
            <Space key={field.key} align="baseline" style={{ display: 'flex' }} data-testid={`membership-${i}`}>
              <Form.Item name={[field.name, 'orgUnit']} rules={[{ required: true, message: t('admin.users.orgUnitRequired') }]} style={{ width: 300 }}>
                <Select showSearch optionFilterProp="label" options={unitOptions} placeholder={t('admin.users.orgUnit')} aria-label={t('admin.users.orgUnit')} data-testid="membership-unit" />
              </Form.Item>
              <Form.Item name={[field.name, 'role']} rules={[{ required: true, message: t('admin.users.roleRequired') }]} style={{ width: 160 }}>
                <Select options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} placeholder={t('admin.users.role')} aria-label={t('admin.users.role')} data-testid="membership-role" />
              </Form.Item>
              <Button type="link" danger onClick={() => remove(field.name)}>{t('admin.users.removeMembership')}</Button>
            </Space>
          ))}
          <Button type="dashed" onClick={() => add({ orgUnit: undefined, role: undefined })} data-testid="add-membership">{t('admin.users.addMembership')}</Button>
        </>
      )}
    </Form.List>
  );
}
