// Worker threads do not inherit the main thread's tsx loader: register it, then load the TypeScript task.
import { register } from 'tsx/esm/api';

register();
const task = await import('./worker-task.ts');
export default task.default;
