import { createContext, type ComponentType } from 'react';

/** What an extra share action gets: the view's link (read at click time) and what is shared. */
export type ShareExtraProps = { link: () => string; subject: string };

/**
 * Share actions the app adds beside "Copy link" (print, embed: issue 16). The app provides them,
 * so panels and the compare view get them without importing another feature.
 */
export const ShareExtras = createContext<readonly ComponentType<ShareExtraProps>[]>([]);
