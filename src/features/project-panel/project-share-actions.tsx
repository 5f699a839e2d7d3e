import type { Project, Source } from '../../catalog/schema';
import { useLang } from '../../i18n/strings';
import { citeTargetNow } from '../../ui/cite-target';
import { ShareActions } from '../../ui/share-actions';
import { citeLink, viewLink } from '../../url/share-link';
import { useUrlStore } from '../../url/url-store';
import { citeText } from './cite-text';

/**
 * "Copy link" copies the view as seen (`?project=<id>` with language, filters and camera if the
 * address has one); "Cite this" copies and shows a plain-text citation whose link is only
 * `?project=<id>` (plus the language), so it keeps opening the project.
 */
export function ProjectShareActions({ project, sources }: { project: Project; sources: ReadonlyMap<string, Source> }) {
  const lang = useLang();
  const target = { project: project.id };
  const url = () => useUrlStore.getState().state;
  return (
    <ShareActions
      subject={project.id}
      link={() => viewLink(target, url())}
      citation={() => citeText(project, sources, citeLink(target, url()), lang)}
      cite={() => citeTargetNow(target)}
    />
  );
}
