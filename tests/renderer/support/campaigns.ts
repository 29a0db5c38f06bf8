import type { Campaign } from '../../../shared/campaign/schema';

type CampaignInput = Partial<Campaign> & { id: string; title?: string };

/** A campaign as the format describes it, shaped after the Azerbaijan seed letter. */
export function campaign({ id, title = 'Free the journalist', ...rest }: CampaignInput): Campaign {
  return {
    format: 'appeal-letters/campaign',
    formatVersion: 1,
    id,
    publisher: 'ACAT-Switzerland',
    published: '2026-01-10',
    country: 'Azerbaijan',
    recipient: {
      role: 'head-of-state',
      gender: 'male',
      name: 'Ilham Aliyev',
      address: ['Mr. Ilham Aliyev', 'President of the Republic of Azerbaijan', 'Presidential Palace', 'AZ1066 Baku', 'AZERBAIJAN'],
    },
    copies: [
      {
        role: 'ambassador',
        gender: 'female',
        name: 'Hanum Ibrahimova',
        address: ['Mrs Hanum Ibrahimova', 'Embassy of the Republic of Azerbaijan', 'Kramburgstrasse 10', '3006 Bern'],
      },
    ],
    languages: {
      en: {
        title,
        summary: 'The journalist was **arrested** in 2025.\n\n<script>alert(1)</script>',
        body: 'As a {{member|supporter}} of ACAT-Switzerland, I am deeply concerned.\n\nPlease release him.',
        postage: 'International letter: CHF 2.50',
      },
      fr: {
        title: `${title} (fr)`,
        body: 'En tant que {{membre|sympathisant}} de l’ACAT-Suisse, je suis très inquiet.',
      },
    },
    ...rest,
  };
}
