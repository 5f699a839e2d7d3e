import type { Lang } from '../catalog/format';

/**
 * Why a map could not start. Without a notice a failed map is a blank beige rectangle and the
 * reader cannot tell a broken host from a slow one (a worker served with the wrong type leaves
 * MapLibre waiting for ever: it reports nothing).
 */
export type MapFailure = 'webgl' | 'worker' | 'style' | 'stalled' | 'script' | 'crashed';
/** A map's `error` event, as much of it as tells a start failure from one tile's. */
export type MapErrorEvent = { error?: { message?: string }; sourceId?: string; tile?: unknown };

/** Long enough for a slow phone drawing in software; a map that has not loaded by then is stuck. */
export const START_TIMEOUT_MS = 30_000;

const JAVASCRIPT = /(java|ecma)script/i;

/**
 * Calls `fail` once if the map cannot start: its worker file is missing or not served as
 * JavaScript (checked with one HEAD request when online: a network failure proves nothing, and
 * offline the service worker has the file), an error arrives before the atlas is first drawn that is not one
 * tile's, or it is not drawn within START_TIMEOUT_MS. `started` is the caller's (the atlas drawn),
 * not the map's `load`, which can come before the worker has drawn anything of the atlas.
 */
export function watchMapStart(
  onError: (listener: (event: MapErrorEvent) => void) => () => void,
  workerUrl: string,
  fail: (why: MapFailure) => void,
): { started: () => void; stop: () => void } {
  let done = false;
  const once = (why: MapFailure) => {
    if (!done) {
      done = true;
      fail(why);
    }
  };
  const unlisten = onError((event) => {
    if (event.sourceId !== undefined || event.tile !== undefined) return;
    once(/worker/i.test(event.error?.message ?? '') ? 'worker' : 'style');
  });
  const timer = setTimeout(() => once('stalled'), START_TIMEOUT_MS);
  const controller = new AbortController();
  // Offline the request could only fail (HEAD passes the service worker by): nothing to learn.
  if (navigator.onLine !== false)
    fetch(new URL(workerUrl, document.baseURI), { method: 'HEAD', cache: 'no-cache', signal: controller.signal })
      .then((response) => {
        // A host that refuses HEAD (405, 501) proves nothing; a missing file or a wrong type does.
        if (response.status === 404 || (response.ok && !JAVASCRIPT.test(response.headers.get('content-type') ?? ''))) once('worker');
      })
      .catch(() => {
        /* offline or stopped: the other checks still stand */
      });
  const stop = () => {
    done = true;
    clearTimeout(timer);
    controller.abort();
    unlisten();
  };
  return { started: stop, stop };
}

const TEXT: Record<MapFailure, Record<Lang, string>> = {
  webgl: {
    en: 'The map cannot be shown: this browser could not start WebGL. The lists, panels and links still work.',
    zh: '无法显示地图：此浏览器无法启用 WebGL。列表、详情和链接仍可使用。',
  },
  worker: {
    en: 'The map cannot be shown: the server did not send its map script as JavaScript. The lists, panels and links still work.',
    zh: '无法显示地图：服务器未以 JavaScript 类型发送地图脚本。列表、详情和链接仍可使用。',
  },
  style: {
    en: 'The map cannot be shown: its basemap could not be loaded. The lists, panels and links still work.',
    zh: '无法显示地图：底图无法加载。列表、详情和链接仍可使用。',
  },
  script: {
    en: 'The map cannot be shown: its script could not be loaded. Reloading may help; the lists, panels and links still work.',
    zh: '无法显示地图：地图脚本无法加载。可尝试重新加载；列表、详情和链接仍可使用。',
  },
  crashed: {
    en: 'The map cannot be shown: it stopped with an error. Reloading may help; the lists, panels and links still work.',
    zh: '无法显示地图：地图运行出错而停止。可尝试重新加载；列表、详情和链接仍可使用。',
  },
  stalled: {
    en: 'The map cannot be shown: it has not started after 30 seconds. Reloading may help; the lists, panels and links still work.',
    zh: '无法显示地图：30 秒后仍未启动。可尝试重新加载；列表、详情和链接仍可使用。',
  },
};

export const mapFailureText = (failure: MapFailure, lang: Lang): string => TEXT[failure][lang];

export function MapFailureNotice({ failure, lang }: { failure: MapFailure; lang: Lang }) {
  return (
    <p role="alert" className="map-failure" data-map-failure={failure}>
      {mapFailureText(failure, lang)}
    </p>
  );
}
