import path from 'node:path';
import { postagePricesSchema } from '../../../shared/api/operations/mailing-ops';
import { DEFAULT_POSTAGE, type PostagePrices } from '../../../shared/mailing/postage';
import { FormattedJsonFile } from '../batch/json-file';

/** The coordinator's stamp prices (`<userData>/postage-prices.json`); Swiss Post's standard prices until set. */
export class PostagePriceStore {
  private readonly file: FormattedJsonFile<'prices', PostagePrices>;

  constructor(userDataDir: string) {
    this.file = new FormattedJsonFile(path.join(userDataDir, 'postage-prices.json'), 'appeal-letters/postage-prices', 'prices', postagePricesSchema);
  }

  get(): PostagePrices {
    return this.file.read() ?? DEFAULT_POSTAGE;
  }

  save(prices: PostagePrices): void {
    this.file.write(prices);
  }
}
