// The API the extensions add to Cytoscape's core (expand-collapse, cxtmenu, svg), as far as we call it.
import 'cytoscape';

declare module 'cytoscape' {
  interface ExpandCollapseOptions {
    animate?: boolean;
    fisheye?: boolean;
    layoutBy?: unknown;
    undoable?: boolean;
    cueEnabled?: boolean;
    expandCollapseCuePosition?: string;
    expandCollapseCueSize?: number;
    expandCollapseCueLineSize?: number;
    groupEdgesOfSameTypeOnCollapse?: boolean;
    allowNestedEdgeCollapse?: boolean;
    zIndex?: number;
  }
  interface ExpandCollapseApi {
    collapse(nodes: CollectionArgument, options?: ExpandCollapseOptions): CollectionReturnValue;
    expand(nodes: CollectionArgument, options?: ExpandCollapseOptions): CollectionReturnValue;
    collapseAll(options?: ExpandCollapseOptions): CollectionReturnValue;
    expandAll(options?: ExpandCollapseOptions): CollectionReturnValue;
    isExpandable(node: NodeSingular): boolean;
    isCollapsible(node: NodeSingular): boolean;
    getCollapsedChildrenRecursively(node: NodeSingular): CollectionReturnValue;
    getAllCollapsedChildrenRecursively(): CollectionReturnValue;
    setOption(name: string, value: unknown): void;
  }
  interface CxtMenuCommand {
    content: string;
    select(ele: SingularElementReturnValue): void;
    enabled?: boolean;
    fillColor?: string;
  }
  interface CxtMenuOptions {
    selector?: string;
    commands: CxtMenuCommand[] | ((ele: SingularElementReturnValue) => CxtMenuCommand[]);
    menuRadius?: number | ((ele: SingularElementReturnValue) => number);
    fillColor?: string;
    activeFillColor?: string;
    itemColor?: string;
    openMenuEvents?: string;
    atMouse?: boolean;
    outsideMenuCancel?: number | false;
    indicatorSize?: number;
    separatorWidth?: number;
    spotlightPadding?: number;
    minSpotlightRadius?: number;
    maxSpotlightRadius?: number;
  }
  interface Core {
    expandCollapse(options: ExpandCollapseOptions | 'get'): ExpandCollapseApi;
    cxtmenu(options: CxtMenuOptions): { destroy(): void };
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
