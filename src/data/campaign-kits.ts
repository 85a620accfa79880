/**
 * A campaign's kit for partners, served as one zip at /campaigns/<id>/kit.zip. `campaignKit` gathers it
 * once per build from the campaign's data; the toolkit page (src/components/CampaignToolkit.astro)
 * asks for the same kit to show its posts, its images and the zip's exact size.
 */
import { servicesByIds, type Campaign } from './entries';
import { downloadPath, printable, printKindLabels, printKindsFor } from './printables';
import { serviceVerification } from './verification';
import { countDrawn } from '../lib/build-phases';
import { kitFiles, kitZip, type KitFile, type KitImage } from '../lib/campaign-kit';
import { paths } from '../lib/paths';
import {
  addressInWords,
  campaignCardFields,
  cardContentFor,
  shareContentFor,
  shareFormats,
  sharePathFor,
  describeCard,
  type ShareDetails,
  type ShareFormat,
} from '../lib/social-card/content';
import { shareActionFor, shareImagePng } from '../lib/social-card/share';
import { composePost, draftPosts, platforms, postProblems } from '../lib/social-posts';

/** Everything the toolkit page shows about a campaign's kit. */
export interface CampaignKit {
  /** The posts exactly as partners copy them. */
  posts: string[];
  share: ShareDetails;
  images: (KitImage & { href: string; format: ShareFormat })[];
  /** Every file in the zip, in the order the page lists them. */
  files: KitFile[];
  zip: Uint8Array;
}

const shareLabels: Record<ShareFormat['name'], string> = {
  square: 'Square image for posts',
  story: 'Tall image for stories',
};

const kits = new Map<string, Promise<CampaignKit>>();

export function campaignKit(campaign: Campaign, site: URL): Promise<CampaignKit> {
  if (!kits.has(campaign.id)) kits.set(campaign.id, gather(campaign, site));
  return kits.get(campaign.id)!;
}

async function gather(campaign: Campaign, site: URL): Promise<CampaignKit> {
  const { data } = campaign;
  const file = campaign.filePath ?? `campaign "${campaign.id}"`;
  const campaignUrl = new URL(paths.campaign(campaign.id), site).href;

  const [firstLine] = await servicesByIds(data.primaryLines.slice(0, 1));
  const { action, number } = shareActionFor(
    firstLine && {
      phones: firstLine.data.phones,
      phonesConfirmed: serviceVerification(firstLine).confirmed.includes('phones'),
    },
  );
  const share: ShareDetails = { action, address: addressInWords(campaignUrl) };

  // A post may type only numbers that a confirmed service the campaign names gives.
  const named = await servicesByIds([...data.primaryLines, ...data.report.map((route) => route.service), ...data.support]);
  const confirmedNumbers = new Set(
    named
      .filter((service) => serviceVerification(service).confirmed.includes('phones'))
      .flatMap((service) => service.data.phones.map((phone) => phone.display.replace(/\D/g, ''))),
  );
  const words = data.socialPosts.length > 0 ? data.socialPosts : draftPosts({ ...data, action });
  const problems = postProblems(words, { url: campaignUrl, hashtags: data.hashtags, actionNumber: number, confirmedNumbers });
  if (problems.length > 0) {
    throw new Error(`${file}, field "socialPosts":\n  ${problems.join('\n  ')}`);
  }
  const posts = words.map((post) => composePost(post, campaignUrl, data.hashtags));

  const content = shareContentFor(cardContentFor(campaignCardFields(campaign)), share);
  const images = await Promise.all(
    shareFormats.map(async (format) => {
      const href = sharePathFor(campaign.id, format);
      return {
        name: href.split('/').at(-1)!,
        label: `${shareLabels[format.name]} (PNG, ${format.width} by ${format.height} pixels)`,
        bytes: await shareImagePng(content, format),
        alt: describeCard(content, format),
        href,
        format,
      };
    }),
  );
  const printables = await Promise.all(
    printKindsFor(campaign).map(async (kind) => ({
      name: downloadPath(campaign.id, kind, 'pdf').split('/').at(-1)!,
      label: `${printKindLabels[kind]} (PDF, for printing)`,
      bytes: await printable(campaign.id, kind, 'pdf', site),
    })),
  );
  const input = {
    title: data.title,
    campaignUrl,
    posts,
    platforms: platforms.map((platform) => platform.name),
    images,
    printables,
    date: data.updated ?? data.published,
  };
  const zip = await countDrawn('Partner kits (zip)', async () => kitZip(input));
  return { posts, share, images, files: kitFiles(input), zip };
}
