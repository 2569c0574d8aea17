import { useQuery } from "@apollo/client/react";
import { Button } from "@mantine/core";
import { useState } from "react";
import { PageHeader } from "../../components/page-header";
import { EmptyState, QueryState } from "../../components/query-state";
import { CatalogProductsDocument, type ProductFieldsFragment } from "../../gql/graphql";
import { ProductFormModal } from "./product-form-modal";
import { ProductsTable } from "./products-table";

interface Editing {
  /** The product being edited; null while adding one. */
  product: ProductFieldsFragment | null;
  /** Counts the openings, so each gets a fresh form. */
  session: number;
}

/** Vendor staff's catalog: every product, on sale or not, with its prices and volume bands. */
export function CatalogPage() {
  const { data, loading, error, refetch } = useQuery(CatalogProductsDocument);
  const [editing, setEditing] = useState<Editing>({ product: null, session: 0 });
  const [opened, setOpened] = useState(false);

  const open = (product: ProductFieldsFragment | null) => {
    setEditing(({ session }) => ({ product, session: session + 1 }));
    setOpened(true);
  };

  return (
    <>
      <PageHeader
        title="Catalog"
        description="The products resellers quote and buy, with list prices and volume discounts. Changes apply to new quotes and purchases; subscriptions already bought keep their price."
        actions={<Button onClick={() => open(null)}>Add product</Button>}
      />
      <QueryState
        data={data}
        loading={loading}
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
        errorTitle="Could not load the catalog"
        isEmpty={({ products }) => products.length === 0}
        empty={
          <EmptyState
            title="No products yet"
            description="Add the first product resellers can sell."
            action={
              <Button variant="light" onClick={() => open(null)}>
                Add product
              </Button>
            }
          />
        }
      >
        {({ products }) => <ProductsTable products={products} onEdit={open} />}
      </QueryState>

      <ProductFormModal
        key={editing.session}
        opened={opened}
        onClose={() => setOpened(false)}
        product={editing.product}
      />
    </>
  );
}
