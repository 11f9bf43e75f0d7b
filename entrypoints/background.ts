import { registerBackground } from '../lib/background';

export default defineBackground(() => {
  registerBackground();
});
