// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Intrusive reference counting for core objects, and the smart pointer that
// holds them. Not thread-safe: core objects that script can see live on the
// JS thread (ARCHITECTURE.md, "Threads"); so do their references.

#ifndef PLATFORM_BINDINGS_REF_COUNTED_H_
#define PLATFORM_BINDINGS_REF_COUNTED_H_

#include <cassert>
#include <cstddef>
#include <utility>

namespace mediacapture {

// JS thread only.
class RefCounted {
 public:
  RefCounted(const RefCounted&) = delete;
  RefCounted& operator=(const RefCounted&) = delete;

  void AddRef() const { ++ref_count_; }
  void Release() const {
    assert(ref_count_ > 0);
    if (--ref_count_ == 0)
      delete this;
  }
  bool HasOneRef() const { return ref_count_ == 1; }
  int ref_count_for_testing() const { return ref_count_; }

 protected:
  RefCounted() = default;
  virtual ~RefCounted() = default;

 private:
  mutable int ref_count_ = 0;
};

// Holds one reference to a RefCounted object (Chromium's scoped_refptr).
template <typename T>
class scoped_refptr {
 public:
  scoped_refptr() = default;
  scoped_refptr(std::nullptr_t) {}     // NOLINT: implicit like a pointer.
  scoped_refptr(T* ptr) : ptr_(ptr) {  // NOLINT: implicit like a pointer.
    if (ptr_)
      ptr_->AddRef();
  }
  scoped_refptr(const scoped_refptr& other) : scoped_refptr(other.ptr_) {}
  template <typename U>
  scoped_refptr(const scoped_refptr<U>& other)  // NOLINT: upcast.
      : scoped_refptr(other.get()) {}
  scoped_refptr(scoped_refptr&& other) noexcept : ptr_(other.ptr_) {
    other.ptr_ = nullptr;
  }
  ~scoped_refptr() {
    if (ptr_)
      ptr_->Release();
  }
  scoped_refptr& operator=(scoped_refptr other) noexcept {
    std::swap(ptr_, other.ptr_);
    return *this;
  }

  T* get() const { return ptr_; }
  T& operator*() const { return *ptr_; }
  T* operator->() const { return ptr_; }
  explicit operator bool() const { return ptr_ != nullptr; }
  bool operator==(const scoped_refptr& other) const {
    return ptr_ == other.ptr_;
  }
  bool operator!=(const scoped_refptr& other) const {
    return ptr_ != other.ptr_;
  }
  bool operator==(const T* other) const { return ptr_ == other; }
  bool operator!=(const T* other) const { return ptr_ != other; }

 private:
  T* ptr_ = nullptr;
};

template <typename T, typename... Args>
scoped_refptr<T> MakeRefCounted(Args&&... args) {
  return scoped_refptr<T>(new T(std::forward<Args>(args)...));
}

}  // namespace mediacapture

#endif  // PLATFORM_BINDINGS_REF_COUNTED_H_
