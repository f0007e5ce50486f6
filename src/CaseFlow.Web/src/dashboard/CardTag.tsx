import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SupervisionCard } from './types';

const colors: Record<SupervisionCard, string> = { None: 'default', Warning: 'gold', Yellow: 'orange', Red: 'red' };

/** 预警, 黄牌 (limit passed) or 红牌 (a supervision order's own deadline passed too). */
export default function CardTag({ card }: { card: SupervisionCard }) {
  const { t } = useTranslation();
  return <Tag color={colors[card]} data-testid="card" data-card={card}>{t(`supervision.card.${card}`)}</Tag>;
}
