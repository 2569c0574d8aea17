import type { ContainerType } from "type-graphql";

// biome-ignore lint/suspicious/noExplicitAny: constructors of any shape are registered here
type Constructor<T = unknown> = abstract new (...args: any[]) => T;

/**
 * The composition root's registry: services are built once at start and handed to
 * resolvers through their constructor parameter types.
 */
export class ServiceContainer implements ContainerType {
  private readonly instances = new Map<Constructor, unknown>();

  register<T>(type: Constructor<T>, instance: T): this {
    this.instances.set(type, instance);
    return this;
  }

  get<T>(type: Constructor<T>): T {
    const existing = this.instances.get(type);
    if (existing) return existing as T;
    const paramTypes: Constructor[] = Reflect.getMetadata("design:paramtypes", type) ?? [];
    const args = paramTypes.map((param) => {
      const dependency = this.instances.get(param);
      if (!dependency) throw new Error(`${type.name} needs ${param.name}, which is not registered`);
      return dependency;
    });
    const instance = new (type as unknown as new (...a: unknown[]) => T)(...args);
    this.instances.set(type, instance);
    return instance;
  }
}
