import type { components } from '../api/schema';

export type IncidentDto = components['schemas']['IncidentDto'];
export type IncidentStatus = components['schemas']['IncidentStatus'];
export const incidentStatuses: IncidentStatus[] = ['Open', 'Resolved', 'Cancelled'];
