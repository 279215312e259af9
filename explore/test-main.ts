/** Entry of test builds: the explorer plus the hook the browser tests read (see test-hook.ts). */
import { Explorer } from './app.js';
import { installTestHook } from './test-hook.js';

const explorer = new Explorer();
installTestHook(explorer, explorer.render());
