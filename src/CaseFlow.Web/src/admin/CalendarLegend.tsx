import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { dayStyles } from './dayStyles';
import type { DayKind } from './calendarModel';

const kinds: DayKind[] = ['workday', 'weekend', 'dayOff', 'extraWorkday'];

/** 图例: what each colour of the grid means (also said in each day's label, so colour is not the only sign). */
export default function CalendarLegend() {
  const { t } = useTranslation();
  return (
    <Space wrap size={16} data-testid="calendar-legend" style={{ marginBottom: 12 }}>
      {kinds.map((k) => (
        <Space key={k} size={6}>
          <span aria-hidden style={{ ...dayStyles[k], display: 'inline-block', width: 28, height: 22, lineHeight: '22px', textAlign: 'center', borderRadius: 4 }}>
            {t(`admin.calendar.mark.${k}`)}
          </span>
          <span>{t(`admin.calendar.legend.${k}`)}</span>
        </Space>
      ))}
    </Space>
  );
}
