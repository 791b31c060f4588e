// `node --import ./scripts/ts/register.js file.ts` runs the TypeScript sources as they are, the
// way the tests do (types stripped by Babel, `.js` specifiers mapped to the `.ts` files): for
// `npm run fuzz`, whose workers run the same modules. Worker threads inherit the flag.
import { register } from 'node:module';

register('./hooks.js', import.meta.url);
