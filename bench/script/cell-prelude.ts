// The host-like API the cell-latency benchmark's cell calls, evaluated once before timing. It stands for the
// node-graph objects the audio side will expose: objects with methods that record nodes and wires.
class NodeHandle {
  readonly graph: Graph;
  readonly id: number;
  readonly type: string;
  readonly params: Record<string, number>;

  constructor(graph: Graph, id: number, type: string, params: Record<string, number>) {
    this.graph = graph;
    this.id = id;
    this.type = type;
    this.params = params;
  }

  set(name: string, value: number): NodeHandle {
    this.params[name] = value;
    return this;
  }

  connect(target: NodeHandle, port: string = "in"): NodeHandle {
    this.graph.wire(this, target, port);
    return target;
  }
}

class Graph {
  nodes: NodeHandle[] = [];
  wires: { from: number; to: number; port: string }[] = [];

  node(type: string, params: Record<string, number>): NodeHandle {
    const handle = new NodeHandle(this, this.nodes.length, type, params);
    this.nodes.push(handle);
    return handle;
  }

  wire(from: NodeHandle, to: NodeHandle, port: string): void {
    this.wires.push({ from: from.id, to: to.id, port });
  }

  reset(): void {
    this.nodes = [];
    this.wires = [];
  }
}

const graph = new Graph();
