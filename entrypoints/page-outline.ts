// Injected by the background into a seller page's frames only when the seller asks for a page
// outline (lib/background/page-outline.ts); its return value is the outline of that frame.
import { buildPageOutline } from '../lib/diagnostics/page-outline';

export default defineUnlistedScript(() => buildPageOutline(document));
