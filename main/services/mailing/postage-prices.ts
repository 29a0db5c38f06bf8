import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { postagePricesSchema } from '../../../shared/api/operations/mailing-ops';
import { DEFAULT_POSTAGE, type PostagePrices } from '../../../shared/mailing/postage';
import { readJsonFile, writeJsonFile } from '../batch/json-file';

const FORMAT = 'appeal-letters/postage-prices';
const fileSchema = z.object({ format: z.literal(FORMAT), formatVersion: z.literal(1), prices: postagePricesSchema });

/** The coordinator's stamp prices (`<userData>/postage-prices.json`); Swiss Post's standard prices until set. */
export class PostagePriceStore {
  private readonly file: string;

  constructor(userDataDir: string) {
    this.file = path.join(userDataDir, 'postage-prices.json');
  }

  get(): PostagePrices {
    return readJsonFile(this.file, fileSchema)?.prices ?? DEFAULT_POSTAGE;
  }

  save(prices: PostagePrices): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeJsonFile(this.file, { format: FORMAT, formatVersion: 1, prices });
  }
}
