/**
 * The situation classifier, loaded on first use: its model (about 1.5 MB of JSON) is a chunk
 * of its own, so the sidebar paints at once and the model never weighs on the page's content
 * script. Loaded once per sidebar page.
 */
import { useEffect, useState } from 'react';
import type { Classifier } from '../../lib/situations/rule-classifier';

let loading: Promise<Classifier> | undefined;

export function loadClassifier(): Promise<Classifier> {
  loading ??= import('../../lib/situations/classify').then((m) => m.classify);
  return loading;
}

export function useClassifier(): Classifier | undefined {
  const [classifier, setClassifier] = useState<Classifier>();
  useEffect(() => {
    let live = true;
    void loadClassifier().then((fn) => {
      if (live) setClassifier(() => fn);
    });
    return () => {
      live = false;
    };
  }, []);
  return classifier;
}
