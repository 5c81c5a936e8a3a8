package fr.passerelle.dsl.expression;

import fr.passerelle.dsl.function.FunctionCatalog;
import fr.passerelle.dsl.expression.Nodes.Node;
import java.util.List;
import java.util.Objects;

/**
 * Turns a tree that {@link TreeCheck} accepted into evaluator {@link Nodes}, one node per tree
 * node: the evaluator runs exactly what was checked. Names are resolved here, once: a let to its
 * slot, a field to a direct map read, a name inside {@code each} blocks to the scope chain.
 */
final class NodeBuilder {

    private final ExpressionScope scope;

    private NodeBuilder(ExpressionScope scope) {
        this.scope = scope;
    }

    static Node build(Syntax tree, ExpressionScope scope) {
        return new NodeBuilder(scope).node(tree);
    }

    private Node node(Syntax syntax) {
        return switch (syntax) {
            case Syntax.Literal literal -> new Nodes.Literal(literal.value());
            case Syntax.Name name -> name(name.name());
            case Syntax.Call call -> call(call);
            case Syntax.Member member -> new Nodes.PropertyRead(node(member.object()), member.name());
            case Syntax.MethodCall call -> new Nodes.MethodCall(node(call.object()),
                    Objects.requireNonNull(Methods.find(call.method()), call.method()), nodes(call.arguments()));
            case Syntax.Index index -> new Nodes.IndexRead(node(index.object()), node(index.index()));
            case Syntax.ListLiteral list -> new Nodes.ListLiteral(nodes(list.items()));
            case Syntax.Unary unary -> unary.operator().equals("!") ? new Nodes.Not(node(unary.operand()))
                    : new Nodes.Negate(node(unary.operand()));
            case Syntax.Binary binary -> switch (binary.operator()) {
                case "&&" -> new Nodes.Logical(true, node(binary.left()), node(binary.right()));
                case "||" -> new Nodes.Logical(false, node(binary.left()), node(binary.right()));
                default -> new Nodes.Binary(binary.operator(), node(binary.left()), node(binary.right()));
            };
            case Syntax.Conditional conditional -> new Nodes.Conditional(node(conditional.condition()),
                    node(conditional.then()), node(conditional.otherwise()));
        };
    }

    private Node[] nodes(List<Syntax> syntax) {
        return syntax.stream().map(this::node).toArray(Node[]::new);
    }

    private Node call(Syntax.Call call) {
        FunctionCatalog.Function function = Objects.requireNonNull(FunctionCatalog.find(call.function()), call.function());
        if (call.function().equals("lookup") && call.arguments().size() == 2
                && call.arguments().getFirst() instanceof Syntax.Literal(int offset, String table)) {
            return new Nodes.Lookup(table, node(call.arguments().get(1)));
        }
        return new Nodes.Call(function, nodes(call.arguments()));
    }

    private Node name(String name) {
        switch (name) {
            case "target" -> {
                return new Nodes.ContextRead(true);
            }
            case "profile" -> {
                return new Nodes.ContextRead(false);
            }
            default -> { }
        }
        Integer documentLet = scope.lets().get(name);
        if (!scope.inBlock()) {
            return documentLet != null ? new Nodes.LetRead(documentLet) : new Nodes.FieldRead(name);
        }
        switch (name) {
            case "index" -> {
                return new Nodes.FrameRead(Nodes.FrameRead.What.INDEX);
            }
            case "parent" -> {
                return new Nodes.FrameRead(Nodes.FrameRead.What.PARENT);
            }
            case "item" -> {
                return new Nodes.FrameRead(Nodes.FrameRead.What.ITEM);
            }
            default -> { }
        }
        List<ExpressionScope.Block> blocks = scope.blocks();
        int[] blockLets = new int[blocks.size()];
        for (int level = 0; level < blocks.size(); level++) {
            Integer let = blocks.get(blocks.size() - 1 - level).lets().get(name);
            blockLets[level] = let == null ? -1 : let;
        }
        return new Nodes.ScopedRead(name, blockLets, documentLet == null ? -1 : documentLet);
    }
}
