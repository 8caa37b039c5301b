// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { mermaidFencesPlugin } from './src/integrations/mermaid-fences.ts';
import { chapters } from './src/chapters.ts';
import { serviceWorkerIntegration } from './src/integrations/service-worker.ts';

export default defineConfig({
  site: 'http://localhost:4321',
  markdown: {
    processor: satteri({ mdastPlugins: [mermaidFencesPlugin()] }),
  },
  integrations: [
    starlight({
      title: 'System Design Practice',
      description: 'Lessons and graded exercises for system design interviews.',
      favicon: '/favicon.svg',
      sidebar: chapters.map((chapter) => ({
        label: chapter.label,
        items: [{ autogenerate: { directory: chapter.slug } }],
      })),
      components: {
        Head: './src/components/overrides/Head.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
      },
      customCss: ['./src/styles/courseware.css'],
    }),
    serviceWorkerIntegration(),
  ],
});
