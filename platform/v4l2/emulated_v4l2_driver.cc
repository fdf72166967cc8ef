// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/emulated_v4l2_driver.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <thread>

#include "platform/v4l2/emulated_picture.h"
#include "platform/v4l2/emulated_v4l2_driver_internal.h"

namespace mediacapture {

namespace {

// CPU time of the calling thread.
int64_t ThreadCpuNs() {
  timespec now;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return int64_t{now.tv_sec} * 1000000000 + now.tv_nsec;
}

}  // namespace

EmulatedV4l2Driver::EmulatedV4l2Driver() = default;

EmulatedV4l2Driver::~EmulatedV4l2Driver() {
  for (auto& entry : files_)
    close(entry.first);
}

void EmulatedV4l2Driver::AddCamera(const EmulatedCameraConfig& config) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto node = std::make_shared<Node>();
  node->config = config;
  node->busy = config.faults.busy_on_open;
  // Drivers start at their first format and size, at the fastest rate.
  if (!config.formats.empty() && !config.formats[0].sizes.empty()) {
    const EmulatedFrameSize& size = config.formats[0].sizes[0];
    node->width = size.max_width;
    node->height = size.max_height;
    node->interval = size.intervals.stepwise ? size.intervals.min
                     : size.intervals.discrete.empty()
                         ? EmulatedInterval{1, 30}
                         : size.intervals.discrete[0];
  }
  nodes_[config.path] = node;
}

void EmulatedV4l2Driver::Unplug(const std::string& path) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = nodes_.find(path);
  if (it == nodes_.end())
    return;
  it->second->unplugged = true;
  Wake(it->second.get());
  nodes_.erase(it);
}

void EmulatedV4l2Driver::SetBusy(const std::string& path, bool busy) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = nodes_.find(path);
  if (it != nodes_.end())
    it->second->busy = busy;
}

void EmulatedV4l2Driver::SetStalled(const std::string& path, bool stalled) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = nodes_.find(path);
  if (it == nodes_.end())
    return;
  it->second->stalled = stalled;
  Wake(it->second.get());
}

int EmulatedV4l2Driver::open_fd_count() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return static_cast<int>(files_.size());
}

int EmulatedV4l2Driver::mapping_count() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return static_cast<int>(mappings_.size());
}

uint64_t EmulatedV4l2Driver::produced_frames(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mutex_);
  for (const auto& entry : files_) {
    if (entry.second->node->config.path == path)
      return entry.second->node->produced;
  }
  auto it = nodes_.find(path);
  return it == nodes_.end() ? 0 : it->second->produced;
}

uint64_t EmulatedV4l2Driver::interrupted_ioctls() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return interrupted_ioctls_;
}

int64_t EmulatedV4l2Driver::copy_cpu_ns() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return copy_cpu_ns_;
}

EmulatedV4l2Driver::File* EmulatedV4l2Driver::FindFile(int fd) {
  auto it = files_.find(fd);
  return it == files_.end() ? nullptr : it->second.get();
}

int EmulatedV4l2Driver::Fail(int error) {
  errno = error;
  return -1;
}

void EmulatedV4l2Driver::Wake(Node* node) {
  for (auto& entry : files_) {
    if (entry.second->node.get() == node) {
      uint64_t one = 1;
      ssize_t written = write(entry.first, &one, sizeof(one));
      (void)written;  // A full counter already wakes the poller.
    }
  }
}

int EmulatedV4l2Driver::Open(const char* path, int flags) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = nodes_.find(path);
  if (it == nodes_.end())
    return Fail(ENOENT);
  if (it->second->busy)
    return Fail(EBUSY);
  int fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (fd < 0)
    return -1;
  auto file = std::make_unique<File>();
  file->fd = fd;
  file->flags = flags;
  file->node = it->second;
  files_[fd] = std::move(file);
  return fd;
}

int EmulatedV4l2Driver::Close(int fd) {
  std::lock_guard<std::mutex> lock(mutex_);
  File* file = FindFile(fd);
  if (!file)
    return Fail(EBADF);
  Node* node = file->node.get();
  if (node->owner == file) {
    StopStreaming(node);
    FreeBuffers(node);
  }
  close(fd);
  files_.erase(fd);
  return 0;
}

void EmulatedV4l2Driver::StopStreaming(Node* node) {
  node->streaming = false;
  node->queued.clear();
  node->done.clear();
  for (Buffer& buffer : node->buffers)
    buffer.state = Buffer::State::kDequeued;
}

void EmulatedV4l2Driver::FreeBuffers(Node* node) {
  // Mapped memory lives on in |mappings_| until unmapped.
  node->buffers.clear();
  node->owner = nullptr;
}

void EmulatedV4l2Driver::Advance(Node* node, Clock::time_point now) {
  if (!node->streaming || node->unplugged)
    return;
  Clock::duration interval = node->IntervalDuration();
  // A reader that fell far behind (a stopped debugger, a stall) gets the
  // next frame now rather than a burst of old ones.
  if (now - node->next_frame > 2 * interval)
    node->next_frame = now;
  const EmulatedFaults& faults = node->config.faults;
  while (node->next_frame <= now && !node->unplugged) {
    Clock::time_point when = node->next_frame;
    node->next_frame += interval;
    if (node->stalled)
      continue;
    if (faults.stall_after_frames >= 0 &&
        node->produced >= static_cast<uint64_t>(faults.stall_after_frames) &&
        node->stall_skipped < faults.stall_frames) {
      ++node->stall_skipped;
      continue;
    }
    if (node->queued.empty()) {
      // No buffer to fill: the frame is lost, its number is not.
      ++node->produced;
      continue;
    }
    Buffer& buffer = node->buffers[node->queued.front()];
    node->queued.pop_front();
    Fill(node, &buffer, when);
    buffer.state = Buffer::State::kDone;
    node->done.push_back(buffer.index);
    if (faults.unplug_after_frames >= 0 &&
        node->produced >= static_cast<uint64_t>(faults.unplug_after_frames)) {
      node->unplugged = true;
      auto it = nodes_.find(node->config.path);
      if (it != nodes_.end() && it->second.get() == node)
        nodes_.erase(it);
    }
  }
}

void EmulatedV4l2Driver::Fill(Node* node,
                              Buffer* buffer,
                              Clock::time_point when) {
  uint32_t counter = static_cast<uint32_t>(node->produced);
  std::vector<uint8_t> rendered;
  const std::vector<uint8_t>* picture = &rendered;
  int cache_frames = node->config.pattern_cache_frames;
  if (cache_frames > 0) {
    node->cache.resize(cache_frames);
    std::vector<uint8_t>& cached = node->cache[counter % cache_frames];
    if (cached.empty()) {
      RenderEmulatedPicture(node->format(), node->width, node->height, counter,
                            &cached, node->config.jpeg_quality);
    }
    picture = &cached;
  } else {
    RenderEmulatedPicture(node->format(), node->width, node->height, counter,
                          &rendered, node->config.jpeg_quality);
  }
  size_t size = std::min(picture->size(), buffer->memory->size());
  // The copy is what a real driver's DMA does for free: its CPU time is
  // counted apart, so that benchmarks can tell it from the capture's own.
  int64_t copy_start_ns = ThreadCpuNs();
  std::memcpy(buffer->memory->data(), picture->data(), size);
  copy_cpu_ns_ += ThreadCpuNs() - copy_start_ns;
  buffer->bytesused = static_cast<uint32_t>(size);

  const EmulatedFaults& faults = node->config.faults;
  uint64_t number = node->produced + 1;
  if (faults.zero_bytesused_every > 0 &&
      number % faults.zero_bytesused_every == 0)
    buffer->bytesused = 0;
  else if (faults.truncate_every > 0 && number % faults.truncate_every == 0)
    buffer->bytesused /= 2;
  buffer->timestamp = when;
  buffer->sequence = counter;
  ++node->produced;
}

int EmulatedV4l2Driver::Readiness(File* file, Clock::time_point* next_frame) {
  Node* node = file->node.get();
  if (node->unplugged)
    return POLLERR | POLLHUP;
  Advance(node, Clock::now());
  if (node->unplugged)
    return POLLERR | POLLHUP;
  // vb2: a queue that is not streaming, or has no buffer queued or done, is
  // an error to poll.
  if (!node->streaming || file != node->owner)
    return POLLERR;
  if (!node->done.empty())
    return POLLIN | POLLRDNORM;
  if (node->queued.empty())
    return POLLERR;
  if (!node->stalled)
    *next_frame = std::min(*next_frame, node->next_frame);
  return 0;
}

int EmulatedV4l2Driver::Poll(struct pollfd* fds, nfds_t nfds, int timeout_ms) {
  Clock::time_point deadline =
      timeout_ms < 0 ? Clock::time_point::max()
                     : Clock::now() + std::chrono::milliseconds(timeout_ms);
  std::vector<struct pollfd> real(fds, fds + nfds);
  std::vector<bool> emulated(nfds, false);
  for (;;) {
    int ready = 0;
    Clock::time_point wake = deadline;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      for (nfds_t i = 0; i < nfds; ++i) {
        fds[i].revents = 0;
        real[i] = fds[i];
        File* file = FindFile(fds[i].fd);
        if (!file)
          continue;
        emulated[i] = true;
        real[i].events = POLLIN;
        fds[i].revents =
            static_cast<short>(Readiness(file, &wake) &
                               (fds[i].events | POLLERR | POLLHUP | POLLNVAL));
        if (fds[i].revents)
          ++ready;
      }
    }
    int wait_ms = 0;
    if (!ready) {
      if (wake == Clock::time_point::max()) {
        wait_ms = -1;
      } else {
        auto left = std::chrono::duration_cast<std::chrono::microseconds>(
            wake - Clock::now());
        wait_ms = left.count() <= 0
                      ? 0
                      : static_cast<int>((left.count() + 999) / 1000);
      }
    }
    int result = poll(real.data(), nfds, wait_ms);
    if (result < 0)
      return -1;
    for (nfds_t i = 0; i < nfds; ++i) {
      if (emulated[i]) {
        if (real[i].revents & POLLIN) {
          uint64_t count;
          ssize_t drained = read(real[i].fd, &count, sizeof(count));
          (void)drained;  // Only a wake-up; its count does not matter.
        }
      } else {
        fds[i].revents = real[i].revents;
        if (fds[i].revents)
          ++ready;
      }
    }
    if (ready)
      return ready;
    if (Clock::now() >= deadline)
      return 0;
  }
}

void* EmulatedV4l2Driver::Mmap(void* addr,
                               size_t length,
                               int prot,
                               int flags,
                               int fd,
                               off_t offset) {
  (void)addr;
  (void)prot;
  std::lock_guard<std::mutex> lock(mutex_);
  File* file = FindFile(fd);
  if (!file) {
    errno = EBADF;
    return MAP_FAILED;
  }
  Node* node = file->node.get();
  if (node->unplugged) {
    errno = ENODEV;
    return MAP_FAILED;
  }
  if (!(flags & MAP_SHARED)) {
    errno = EINVAL;  // vb2 maps buffers shared only.
    return MAP_FAILED;
  }
  for (Buffer& buffer : node->buffers) {
    if (buffer.offset != static_cast<size_t>(offset))
      continue;
    if (length > buffer.memory->size()) {
      errno = EINVAL;
      return MAP_FAILED;
    }
    void* address = buffer.memory->data();
    if (mappings_.count(address)) {
      errno = EINVAL;  // One mapping per buffer is all we emulate.
      return MAP_FAILED;
    }
    mappings_[address] = buffer.memory;
    return address;
  }
  errno = EINVAL;
  return MAP_FAILED;
}

int EmulatedV4l2Driver::Munmap(void* addr, size_t length) {
  (void)length;
  std::lock_guard<std::mutex> lock(mutex_);
  if (!mappings_.erase(addr))
    return Fail(EINVAL);
  return 0;
}

int EmulatedV4l2Driver::Ioctl(int fd, unsigned long request, void* arg) {
  std::unique_lock<std::mutex> lock(mutex_);
  File* file = FindFile(fd);
  if (!file)
    return Fail(EBADF);
  Node* node = file->node.get();
  if (node->config.faults.interrupt_ioctls && !file->interrupted) {
    file->interrupted = true;
    ++interrupted_ioctls_;
    return Fail(EINTR);
  }
  file->interrupted = false;
  if (node->unplugged)
    return Fail(ENODEV);
  switch (request) {
    case VIDIOC_QUERYCAP:
      return QueryCap(node, static_cast<v4l2_capability*>(arg));
    case VIDIOC_ENUM_FMT:
      return EnumFmt(node, static_cast<v4l2_fmtdesc*>(arg));
    case VIDIOC_ENUM_FRAMESIZES:
      return EnumFrameSizes(node, static_cast<v4l2_frmsizeenum*>(arg));
    case VIDIOC_ENUM_FRAMEINTERVALS:
      return EnumFrameIntervals(node, static_cast<v4l2_frmivalenum*>(arg));
    case VIDIOC_G_FMT:
      return GetFormat(node, static_cast<v4l2_format*>(arg));
    case VIDIOC_S_FMT:
      return SetFormat(file, static_cast<v4l2_format*>(arg), true);
    case VIDIOC_TRY_FMT:
      return SetFormat(file, static_cast<v4l2_format*>(arg), false);
    case VIDIOC_G_PARM:
      return GetParm(node, static_cast<v4l2_streamparm*>(arg));
    case VIDIOC_S_PARM:
      return SetParm(file, static_cast<v4l2_streamparm*>(arg));
    case VIDIOC_G_CTRL:
      return GetCtrl(node, static_cast<v4l2_control*>(arg));
    case VIDIOC_REQBUFS:
      return ReqBufs(file, static_cast<v4l2_requestbuffers*>(arg));
    case VIDIOC_QUERYBUF:
      return QueryBuf(file, static_cast<v4l2_buffer*>(arg));
    case VIDIOC_QBUF:
      return QBuf(file, static_cast<v4l2_buffer*>(arg));
    case VIDIOC_DQBUF: {
      // A blocking DQBUF waits for the next frame, outside the lock.
      for (;;) {
        int result = DQBuf(file, static_cast<v4l2_buffer*>(arg));
        if (result == 0 || errno != EAGAIN || (file->flags & O_NONBLOCK) ||
            node->eagain_left > 0 || !node->streaming)
          return result;
        Clock::time_point next = node->next_frame;
        lock.unlock();
        std::this_thread::sleep_until(
            std::min(next, Clock::now() + std::chrono::milliseconds(10)));
        lock.lock();
        if (!FindFile(fd))
          return Fail(EBADF);
      }
    }
    case VIDIOC_STREAMON:
      return StreamOn(file, static_cast<const int*>(arg));
    case VIDIOC_STREAMOFF:
      return StreamOff(file, static_cast<const int*>(arg));
    default:
      return Fail(ENOTTY);
  }
}

}  // namespace mediacapture
