import { getViteConfig } from 'astro/config';

/** Astro components rendered with Astro's Container API, which needs Astro's Vite plugins; part of `npm run test:unit`. */
export default getViteConfig({
  test: {
    name: 'components',
    include: ['test/site/components/**/*.test.ts'],
  },
});
