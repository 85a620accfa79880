/**
 * What a page is and who it is for. Routes describe each page with this; the layout turns it into
 * search filters and weighted keywords, and the social card renderer reads it too.
 */
import type { AudienceSlug, ContentTypeSlug, DistrictSlug, KeyStageSlug, TopicSlug } from './taxonomy';

export interface PageMeta {
  /** The kind of page. */
  type: ContentTypeSlug;
  /** Topics the page is about. */
  topics?: readonly TopicSlug[];
  /** Who the page is for. */
  audiences?: readonly AudienceSlug[];
  /** Districts the page applies to, when it is local. */
  districts?: readonly DistrictSlug[];
  /** Key stages, for schools resources. */
  keyStages?: readonly KeyStageSlug[];
  /** Everyday words people search with, indexed with extra weight. */
  keywords?: readonly string[];
  /** Sentences people use to describe what the page is about, indexed with extra weight like keywords. */
  phrases?: readonly string[];
  /** The title search results show, when the page's own would be ambiguous there. */
  searchTitle?: string;
  /** A campaign's key message, for its social card. */
  keyMessage?: string;
}

export const guidePage: PageMeta = { type: 'guide' };
