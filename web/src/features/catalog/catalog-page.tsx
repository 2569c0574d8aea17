import { useQuery } from "@apollo/client/react";
import { Button } from "@mantine/core";
import { EmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { QueryState } from "../../components/query-state";
import { useDialog } from "../../components/use-dialog";
import type { ProductFieldsFragment } from "../../gql/graphql";
import { CatalogProductsDocument } from "./catalog.generated";
import { ProductFormModal } from "./product-form-modal";
import { ProductsTable } from "./products-table";

/** Vendor staff's catalog: every product, on sale or not, with its prices and volume bands. */
export function CatalogPage() {
  const catalog = useQuery(CatalogProductsDocument);
  // The product being edited; null while adding one.
  const editing = useDialog<ProductFieldsFragment | null>();
  const add = () => editing.open(null);

  return (
    <>
      <PageHeader
        title="Catalog"
        description="The products resellers quote and buy, with list prices and volume discounts. Changes apply to new quotes and purchases; subscriptions already bought keep their price."
        actions={<Button onClick={add}>Add product</Button>}
      />
      <QueryState
        query={catalog}
        errorTitle="Could not load the catalog"
        isEmpty={({ products }) => products.length === 0}
        empty={
          <EmptyState
            title="No products yet"
            description="Add the first product resellers can sell."
            action={
              <Button variant="light" onClick={add}>
                Add product
              </Button>
            }
          />
        }
      >
        {({ products }) => <ProductsTable products={products} onEdit={editing.open} />}
      </QueryState>

      <ProductFormModal
        key={editing.session}
        opened={editing.opened}
        onClose={editing.close}
        product={editing.item}
      />
    </>
  );
}
