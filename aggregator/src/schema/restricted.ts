/**
 * Guards every field the SDL marks `@restricted`: the field's resolver (or the default one) runs only
 * for a Trust executive. Driving this from the SDL keeps the rule next to the contract, and lets a test
 * list every restricted field from the schema itself.
 */
import { Kind, parse, type GraphQLFieldResolver } from 'graphql';
import { requireExecutive } from '../auth';
import type { AppContext } from '../context';

type Resolvers = Record<string, Record<string, unknown>>;

/** `Type.field` of every field marked `@restricted` in the SDL. */
export function restrictedFields(sdl: string): string[] {
  return parse(sdl).definitions.flatMap((definition) =>
    definition.kind === Kind.OBJECT_TYPE_DEFINITION
      ? (definition.fields ?? [])
          .filter((field) => field.directives?.some((directive) => directive.name.value === 'restricted'))
          .map((field) => `${definition.name.value}.${field.name.value}`)
      : [],
  );
}

export function guardRestrictedFields(sdl: string, resolvers: Resolvers): Resolvers {
  const guarded: Resolvers = { ...resolvers };
  for (const coordinate of restrictedFields(sdl)) {
    const [type, field] = coordinate.split('.') as [string, string];
    const inner = (resolvers[type]?.[field] as GraphQLFieldResolver<unknown, AppContext> | undefined) ??
      ((parent: unknown) => (parent as Record<string, unknown>)[field]);
    const guard: GraphQLFieldResolver<unknown, AppContext> = (parent, args, context, info) => {
      requireExecutive(context.viewer);
      return inner(parent, args, context, info);
    };
    guarded[type] = { ...guarded[type], [field]: guard };
  }
  return guarded;
}
