/**
 * Each topic's colour as a CSS class (`.topic-fraud-and-scams { --topic-colour: ... }`), made from
 * the taxonomy at build time. Pages use classes, not style attributes, so the Content Security
 * Policy can forbid inline styles.
 */
import type { Plugin } from 'vite';
import { topics } from '../lib/taxonomy';

const moduleId = 'virtual:topic-colours.css';
const resolvedId = `\0${moduleId}`;

export function topicColoursCss(): string {
  return topics.map((topic) => `.topic-${topic.slug} { --topic-colour: ${topic.colour}; }`).join('\n');
}

export function topicColours(): Plugin {
  return {
    name: 'safer-norfolk:topic-colours',
    resolveId: (id) => (id === moduleId ? resolvedId : undefined),
    load: (id) => (id === resolvedId ? topicColoursCss() : undefined),
  };
}
