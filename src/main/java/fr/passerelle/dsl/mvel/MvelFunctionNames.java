package fr.passerelle.dsl.mvel;

import fr.passerelle.dsl.function.FunctionCatalog;

/** Whether a name is a catalogued function (MVEL must resolve it as an import, not a variable). */
final class MvelFunctionNames {

    private MvelFunctionNames() {
    }

    static boolean isFunction(String name) {
        return FunctionCatalog.find(name) != null;
    }
}
