using System.Reflection;
using System.Reflection.Emit;

namespace Bot.Tests.Architecture;

/// <summary>
/// The types one type uses: in its signatures (base, interfaces, fields, properties, parameters,
/// locals) and in its method bodies (every type, method and field token of the IL), its nested
/// types included (closures, async state machines). Read by reflection, so nothing the compiler
/// emits escapes it.
/// </summary>
public static class TypeReferences
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    private static readonly Dictionary<short, OpCode> Codes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(c => c.Value);

    /// <summary>Every type <paramref name="type"/> (or a type nested in it) refers to.</summary>
    public static IReadOnlySet<Type> Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var found = new HashSet<Type>();
        Collect(type, found);
        return found;
    }

    private static void Collect(Type type, HashSet<Type> found)
    {
        Add(type.BaseType, found);
        foreach (var contract in type.GetInterfaces())
        {
            Add(contract, found);
        }

        foreach (var field in type.GetFields(Declared))
        {
            Add(field.FieldType, found);
        }

        foreach (var property in type.GetProperties(Declared))
        {
            Add(property.PropertyType, found);
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                Add(info.ReturnType, found);
            }

            foreach (var parameter in method.GetParameters())
            {
                Add(parameter.ParameterType, found);
            }

            Body(method, found);
        }

        foreach (var nested in type.GetNestedTypes(Declared))
        {
            Collect(nested, found);
        }
    }

    private static void Body(MethodBase method, HashSet<Type> found)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            return;
        }

        foreach (var local in body.LocalVariables)
        {
            Add(local.LocalType, found);
        }

        var il = body.GetILAsByteArray() ?? [];
        var typeArgs = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var code = Codes[value];
            switch (code.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    Resolve(method.Module, BitConverter.ToInt32(il, at), typeArgs, methodArgs, found);
                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                default:
                    at += 4;
                    break;
            }
        }
    }

    private static void Resolve(Module module, int token, Type[]? typeArgs, Type[]? methodArgs, HashSet<Type> found)
    {
        MemberInfo? member;
        try
        {
            member = module.ResolveMember(token, typeArgs, methodArgs);
        }
        catch (ArgumentException)
        {
            return;
        }

        switch (member)
        {
            case Type type:
                Add(type, found);
                break;
            case FieldInfo field:
                Add(field.DeclaringType, found);
                Add(field.FieldType, found);
                break;
            case MethodBase called:
                Add(called.DeclaringType, found);
                if (called is MethodInfo info)
                {
                    Add(info.ReturnType, found);
                    foreach (var arg in info.IsGenericMethod ? info.GetGenericArguments() : [])
                    {
                        Add(arg, found);
                    }
                }

                foreach (var parameter in called.GetParameters())
                {
                    Add(parameter.ParameterType, found);
                }

                break;
        }
    }

    private static void Add(Type? type, HashSet<Type> found)
    {
        if (type is null || type.IsGenericParameter || !found.Add(type))
        {
            return;
        }

        if (type.HasElementType)
        {
            Add(type.GetElementType(), found);
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            Add(type.GetGenericTypeDefinition(), found);
            foreach (var arg in type.GetGenericArguments())
            {
                Add(arg, found);
            }
        }
    }
}
