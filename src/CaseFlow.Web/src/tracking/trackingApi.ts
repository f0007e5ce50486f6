import { api } from '../api/client';
import type { components } from '../api/schema';

export type Tracking = components['schemas']['TrackingDto'];
export type RatingLevel = components['schemas']['RatingLevel'];
export type RatingCriterion = components['schemas']['RatingCriterion'];

export const levels: RatingLevel[] = ['VerySatisfied', 'Satisfied', 'BasicallySatisfied', 'Dissatisfied', 'VeryDissatisfied'];
export const criteria: RatingCriterion[] = ['Overall', 'Efficiency', 'ServiceLevel', 'Attitude', 'GuideAccuracy', 'Convenience', 'PlatformUsability'];

export function track(caseNo: string, phone: string) {
  return api.get('/api/public/cases/{caseNo}', { caseNo }, `phone=${encodeURIComponent(phone)}`);
}

export function requestCode(caseNo: string, phone: string) {
  return api.post('/api/public/cases/{caseNo}/rating-code', { caseNo }, { phone });
}

export function rate(caseNo: string, body: { phone: string; code: string; level: RatingLevel; comment?: string; criteria: { criterion: RatingCriterion; score: number }[] }) {
  return api.post('/api/public/cases/{caseNo}/rating', { caseNo }, body);
}
