import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'gongkai:isPublic';

/** Opts an operation (or a whole resolver/controller) out of the default guard, even when reads need tokens. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC_KEY, true);
