/** A product as it stands after a change, with its bands in basis points. */
interface ProductFacts {
  id: string;
  code: string;
  name: string;
  yearlyPrice: number;
  /** Null when the product is not sold monthly. */
  monthlyPrice: number | null;
  /** Every period it is sold for, YEARLY first, with its price and minimum. */
  periods: Array<{ period: string; unitPrice: number; minimumQuantity: number }>;
  currency: string;
  trialEnabled: boolean;
  active: boolean;
  bands: Array<{ minQuantity: number; percentBp: number }>;
}

/** What vendor staff change in the catalog; new quotes and purchases use it at once. */
export interface CatalogEvents {
  "product.created": { product: ProductFacts };
  "product.updated": { product: ProductFacts };
}
