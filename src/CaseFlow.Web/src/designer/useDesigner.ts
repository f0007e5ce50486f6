import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, ApiError } from '../api/client';
import { blankDefinition } from './document';
import * as H from './history';
import { problemNode, type ActivityDesc, type DefinitionDoc, type ValidationProblem } from './types';

/** The designer's document state: loading, undo/redo history, server validation (debounced), save and publish. */
export function useDesigner(definitionId: string, newName: string | null) {
  const [descriptors, setDescriptors] = useState<ActivityDesc[]>([]);
  const [hist, setHist] = useState<H.History<DefinitionDoc> | null>(null);
  const [problems, setProblems] = useState<ValidationProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const coalesce = useRef<{ key: string; at: number } | null>(null);

  const load = useCallback(async (version?: number) => {
    const [activities, definition] = await Promise.all([
      api.get('/api/definitions/activities'),
      (version
        ? api.get('/api/definitions/{definitionId}/versions/{version}', { definitionId, version })
        : api.get('/api/definitions/{definitionId}', { definitionId })
      ).catch((e: unknown) => {
        if (e instanceof ApiError && e.problem.status === 404 && !version) return blankDefinition(definitionId, newName ?? definitionId);
        throw e;
      }),
    ]);
    // For the speed figure (tests/CaseFlow.Web.Tests/SpeedTests.cs): when the document arrived, before it is rendered.
    performance.mark('caseflow:definition-loaded');
    setDescriptors(activities as unknown as ActivityDesc[]);
    setHist(H.start(definition as unknown as DefinitionDoc));
  }, [definitionId, newName]);

  useEffect(() => {
    load().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [load]);

  const doc = hist?.present ?? null;

  /** A change to the document; edits with the same key within a second (typing in one input) make one undo step. */
  const commit = useCallback((next: DefinitionDoc, key?: string) => {
    const now = Date.now();
    const same = key !== undefined && coalesce.current?.key === key && now - coalesce.current.at < 1000;
    coalesce.current = key ? { key, at: now } : null;
    setHist((h) => (h === null ? h : same ? { ...h, present: next } : H.push(h, next)));
  }, []);

  const undo = useCallback(() => { coalesce.current = null; setHist((h) => (h ? H.undo(h) : h)); }, []);
  const redo = useCallback(() => { coalesce.current = null; setHist((h) => (h ? H.redo(h) : h)); }, []);

  // The server validates the document after every change (debounced): problems show on the nodes and in the panel.
  useEffect(() => {
    if (!doc) return;
    const timer = setTimeout(() => {
      api.post('/api/definitions/validate', undefined, doc)
        .then((r) => setProblems((r as { problems: ValidationProblem[] }).problems))
        .catch(() => {});
    }, 400);
    return () => clearTimeout(timer);
  }, [doc]);

  const problemsByNode = useMemo(() => {
    const map = new Map<string, string[]>();
    if (!doc) return map;
    for (const p of problems) {
      const id = problemNode(p, doc);
      if (id) map.set(id, [...(map.get(id) ?? []), p.message]);
    }
    return map;
  }, [problems, doc]);

  const save = useCallback(async () => {
    if (!doc) return null;
    const saved = await api.put('/api/definitions/{definitionId}/draft', { definitionId }, doc as never);
    const version = Number((saved as { version: number | string }).version);
    setHist((h) => (h ? { ...h, present: { ...h.present, version, isPublished: false } } : h));
    return version;
  }, [doc, definitionId]);

  const publish = useCallback(async () => {
    await save();
    const published = await api.post('/api/definitions/{definitionId}/publish', { definitionId });
    const version = Number((published as { version: number | string }).version);
    setHist((h) => (h ? { ...h, present: { ...h.present, version, isPublished: true } } : h));
    return version;
  }, [save, definitionId]);

  return {
    descriptors, doc, hist, problems, problemsByNode, error, load, commit, undo, redo, save, publish,
    canUndo: hist ? H.canUndo(hist) : false, canRedo: hist ? H.canRedo(hist) : false,
  };
}
