import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCareMode } from './CareModeProvider';

/** The 关怀模式 switch; in the shell header, on the sign-in page, and for any public page that imports it. */
export default function CareModeSwitch({ size = 'small' }: { size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const { on, toggle } = useCareMode();
  return (
    <Button size={size} type={on ? 'primary' : 'default'} onClick={toggle} aria-pressed={on} title={t(on ? 'care.turnOff' : 'care.turnOn')} data-testid="care-mode-switch">
      {t('care.label')}
    </Button>
  );
}
