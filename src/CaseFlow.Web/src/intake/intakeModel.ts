import type { components } from '../api/schema';
import { formPayload, type FormFieldSpec } from '../forms/formRules';

export type ItemSummary = components['schemas']['ServiceItemSummaryDto'];
export type Item = components['schemas']['ServiceItemDto'];
export type Situation = components['schemas']['Situation'];
export type Material = components['schemas']['MaterialRequirement'];
export type ApplyRequest = components['schemas']['ApplyRequest'];
export type CaseDto = components['schemas']['CaseDto'];

/** Material states as the server reads them (MaterialState, any case). */
export const materialStates = ['submitted', 'originalVerified', 'electronicLicence', 'missing'] as const;
export type MaterialStateName = (typeof materialStates)[number];

/** What the intake form holds (antd names match the server's error names: applicant.phone, form.homeRegion, deliveryAddress). */
export interface IntakeValues {
  itemCode?: string;
  situationCode?: string;
  applicant?: { name?: string; idType?: string; idNumber?: string; phone?: string; address?: string };
  form?: Record<string, unknown>;
  materials?: Record<string, MaterialStateName>;
  deliveryMethod?: 'mail' | 'window';
  deliveryAddress?: string;
}

/** The body of POST /api/cases from the form's values. */
export function toApplyRequest(values: IntakeValues, fields: FormFieldSpec[], situation: Situation | undefined): ApplyRequest {
  const a = values.applicant ?? {};
  const optional = (v?: string) => (v && v.trim() !== '' ? v.trim() : null);
  return {
    itemCode: values.itemCode ?? '',
    situationCode: values.situationCode ?? '',
    applicant: { name: (a.name ?? '').trim(), idNumber: (a.idNumber ?? '').trim().toUpperCase(), phone: (a.phone ?? '').trim(), address: optional(a.address) },
    form: formPayload(fields, values.form) as ApplyRequest['form'],
    materials: (situation?.materials ?? []).map((m) => ({ code: m.code ?? '', state: values.materials?.[m.code ?? ''] ?? 'missing' })),
    deliveryMethod: values.deliveryMethod ?? 'window',
    deliveryAddress: values.deliveryMethod === 'mail' ? optional(values.deliveryAddress) : null,
    windowCode: null,
    channel: 'window',
  };
}

/** The names the intake form shows an error on; a server error naming anything else is shown above the form. */
export function knownFields(fields: FormFieldSpec[]): Set<string> {
  return new Set([
    'itemCode', 'situationCode', 'applicant.name', 'applicant.idNumber', 'applicant.phone', 'applicant.address', 'deliveryMethod', 'deliveryAddress',
    ...fields.map((f) => `form.${f.name}`),
  ]);
}
