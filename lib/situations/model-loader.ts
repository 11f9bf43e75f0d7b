/**
 * The situation classifier of extension pages, built from the packaged model file
 * (model-asset.ts) the first time it is asked for, then kept: the file is fetched and parsed
 * once per page, and callers asking meanwhile share that one load. A failed load (missing
 * file, bad JSON, a model of another format or taxonomy) rejects with a SituationModelError
 * and is forgotten, so asking again fetches again.
 *
 * Node code never comes here: classify.ts imports the same file from disk.
 */
import { loadEnsemble, type SerializedEnsemble } from './lr-model';
import { createModelClassifier, type Classifier } from './model-classifier';

export class SituationModelError extends Error {
  override name = 'SituationModelError';
}

/** What the loader needs of `fetch`: enough for tests to stand in for it. */
export type FetchModel = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;

export type ClassifierLoader = () => Promise<Classifier>;

export function createClassifierLoader(url: string, fetchModel: FetchModel): ClassifierLoader {
  let loading: Promise<Classifier> | undefined;
  return () => {
    loading ??= readClassifier(url, fetchModel).catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

async function readClassifier(url: string, fetchModel: FetchModel): Promise<Classifier> {
  let response: Awaited<ReturnType<FetchModel>>;
  try {
    response = await fetchModel(url);
  } catch (error) {
    throw new SituationModelError(`situation model not readable at ${url}`, { cause: error });
  }
  if (!response.ok) throw new SituationModelError(`situation model not readable at ${url} (HTTP ${response.status})`);
  let serialized: unknown;
  try {
    serialized = await response.json();
  } catch (error) {
    throw new SituationModelError(`situation model at ${url} is not valid JSON`, { cause: error });
  }
  if (typeof serialized !== 'object' || serialized === null) {
    throw new SituationModelError(`situation model at ${url} is not a model object`);
  }
  try {
    // loadEnsemble checks the format, the classes against the taxonomy and the weights' size.
    return createModelClassifier(loadEnsemble(serialized as SerializedEnsemble));
  } catch (error) {
    throw new SituationModelError(`situation model at ${url} cannot be used: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
