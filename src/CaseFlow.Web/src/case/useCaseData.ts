import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client';
import type { TaskDto } from '../inbox/inboxModel';
import type { CaseDto, DocumentDto, ServiceItemDto, TimelineEntryDto } from './caseModel';

export interface CaseData {
  case: CaseDto;
  item: ServiceItemDto | null;
  tasks: TaskDto[];
  documents: DocumentDto[];
  timeline: TimelineEntryDto[];
}

/** The case with its item (for the form's labels and the review points), tasks, documents and timeline; reload after every act. */
export function useCaseData(caseId: string) {
  const [data, setData] = useState<CaseData | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const [found, tasks, documents, timeline] = await Promise.all([
        api.get('/api/cases/{id}', { id: caseId }),
        api.get('/api/tasks/by-case/{caseId}', { caseId }),
        api.get('/api/cases/{id}/documents', { id: caseId }),
        api.get('/api/cases/{id}/timeline', { id: caseId }),
      ]);
      const item = await api.get('/api/catalog/items/{code}', { code: found.implementationCode ?? '' }).catch(() => null);
      setData({ case: found, item, tasks, documents, timeline });
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [caseId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, error, reload };
}
