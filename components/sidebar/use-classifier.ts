/**
 * The situation classifier, loaded on first use: its code is a chunk of its own and its model
 * a packaged JSON file (lib/situations/model-asset.ts) fetched from the extension and parsed
 * once per sidebar page, so the sidebar paints at once and the model never weighs on the
 * page's content script. When the model cannot be loaded the sidebar says so and offers to
 * try again; the rest of it (the buyer's card) works without it.
 */
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Classifier } from '../../lib/situations/model-classifier';
import type { ClassifierLoader } from '../../lib/situations/model-loader';
import { SITUATION_MODEL_ASSET } from '../../lib/situations/model-asset';

let loader: Promise<ClassifierLoader> | undefined;

export function loadClassifier(): Promise<Classifier> {
  loader ??= import('../../lib/situations/model-loader').then(
    (m) => m.createClassifierLoader(browser.runtime.getURL(SITUATION_MODEL_ASSET), (url) => fetch(url)),
    (error: unknown) => {
      loader = undefined; // a chunk that failed to load is asked for again on retry
      throw error;
    },
  );
  return loader.then((load) => load());
}

export type ClassifierState =
  | { status: 'loading' }
  | { status: 'ready'; classify: Classifier }
  | { status: 'failed'; retry: () => void };

export function useClassifier(): ClassifierState {
  const [state, setState] = useState<ClassifierState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  useEffect(() => {
    let live = true;
    loadClassifier().then(
      (classify) => {
        if (live) setState({ status: 'ready', classify });
      },
      (error: unknown) => {
        console.warn('[seller-assistant] situation model not loaded', error);
        if (live) setState({ status: 'failed', retry });
      },
    );
    return () => {
      live = false;
    };
  }, [attempt, retry]);
  return state;
}
