/** A product as it stands after a change, with its bands in basis points. */
interface ProductFacts {
  id: string;
  code: string;
  name: string;
  yearlyPrice: number;
  monthlyPrice: number;
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
