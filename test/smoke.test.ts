import { hello } from '../src/index.js';
test('smoke', () => { expect(hello()).toBe('公开'); });
