// Copyright 2026 The mediacapture authors. All rights reserved.

#include "mediacapture/context.h"

#include "bindings/interface_registry.h"
#include "bindings/per_isolate_data.h"
#include "core/dom/dom_exception.h"

namespace mediacapture {

namespace {

// https://webidl.spec.whatwg.org/#es-DOMException-specialness: the
// DOMException prototype object's [[Prototype]] is %Error.prototype%.
bool InheritFromErrorPrototype(v8::Local<v8::Context> context,
                               v8::Local<v8::Function> interface_object) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::String> prototype_key =
      v8::String::NewFromUtf8Literal(isolate, "prototype");
  v8::Local<v8::Value> error;
  v8::Local<v8::Value> error_prototype;
  v8::Local<v8::Value> prototype;
  return context->Global()
             ->Get(context, v8::String::NewFromUtf8Literal(isolate, "Error"))
             .ToLocal(&error) &&
         error->IsObject() &&
         error.As<v8::Object>()
             ->Get(context, prototype_key)
             .ToLocal(&error_prototype) &&
         interface_object->Get(context, prototype_key).ToLocal(&prototype) &&
         prototype->IsObject() &&
         prototype.As<v8::Object>()
             ->SetPrototype(context, error_prototype)
             .FromMaybe(false);
}

}  // namespace

bool InstallInterfaces(v8::Local<v8::Context> context) {
  return InstallInterfaces(context, InstallOptions());
}

bool InstallInterfaces(v8::Local<v8::Context> context,
                       const InstallOptions& options) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(context);
  PerIsolateData* data = PerIsolateData::From(isolate);
  v8::Local<v8::Object> global = context->Global();
  for (const WrapperTypeInfo* info : bindings::RegisteredInterfaces()) {
    if (info->no_interface_object || !info->exposed_on_window)
      continue;
    if (info->secure_context_only && !options.secure_context)
      continue;
    v8::Local<v8::Function> interface_object;
    if (!data->TemplateFor(info)->GetFunction(context).ToLocal(
            &interface_object))
      return false;
    if (!options.secure_context)
      info->remove_secure_members(context, interface_object);
    // https://webidl.spec.whatwg.org/#interface-object: the [[Prototype]]
    // of an interface object is its parent's interface object (V8's
    // FunctionTemplate::Inherit links only the prototype objects).
    if (info->parent) {
      v8::Local<v8::Function> parent_object;
      if (!data->TemplateFor(info->parent)
               ->GetFunction(context)
               .ToLocal(&parent_object) ||
          !interface_object->SetPrototype(context, parent_object)
               .FromMaybe(false))
        return false;
    }
    if (info == &DOMException::wrapper_type_info_ &&
        !InheritFromErrorPrototype(context, interface_object))
      return false;
    // https://webidl.spec.whatwg.org/#es-interfaces: { [[Writable]]: true,
    // [[Enumerable]]: false, [[Configurable]]: true }.
    if (global
            ->DefineOwnProperty(
                context,
                v8::String::NewFromUtf8(isolate, info->interface_name,
                                        v8::NewStringType::kInternalized)
                    .ToLocalChecked(),
                interface_object, v8::DontEnum)
            .IsNothing())
      return false;
  }
  return true;
}

}  // namespace mediacapture
