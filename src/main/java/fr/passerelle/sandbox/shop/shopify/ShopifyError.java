package fr.passerelle.sandbox.shop.shopify;

/** A top-level GraphQL error ({@code errors[]} with {@code extensions.code}). */
final class ShopifyError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    ShopifyError(String code, String message) {
        super(message);
        this.code = code;
    }

    String code() {
        return code;
    }
}
