// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_V4L2_EMULATED_V4L2_DRIVER_H_
#define PLATFORM_V4L2_EMULATED_V4L2_DRIVER_H_

#include <linux/videodev2.h>

#include <chrono>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "platform/v4l2/emulated_camera_config.h"
#include "platform/v4l2/v4l2_device.h"

namespace mediacapture {

// A V4l2Device that emulates camera drivers in-process, for tests and
// benchmarks. It speaks the ioctl protocol the way the kernel does
// (videodev2.h, vb2): QUERYCAP, ENUM_FMT, ENUM_FRAMESIZES (discrete and
// stepwise), ENUM_FRAMEINTERVALS, G/S/TRY_FMT (adjusting to the nearest
// size), G/S_PARM, G_CTRL (camera orientation), REQBUFS, QUERYBUF, QBUF,
// DQBUF, STREAMON, STREAMOFF, with EINVAL for bad indices and types, EBUSY
// while another descriptor owns the buffers, EAGAIN from a non-blocking
// DQBUF with nothing done, ENODEV once unplugged.
//
// Frames are produced on the clock: a streaming node fills its oldest
// queued buffer with its picture (emulated_picture.h) each frame interval
// of CLOCK_MONOTONIC, and drops the frame when no buffer is queued, as a
// driver does. Production happens inside Poll() and DQBUF, so the emulator
// needs no thread of its own. Descriptors are real eventfds, so Poll() can
// wait on them together with ordinary descriptors.
//
// Thread-safe: every method takes |mutex_|; the control methods (AddCamera,
// Unplug, SetStalled...) may be called from the test's thread while a
// capture thread streams.
class EmulatedV4l2Driver : public V4l2Device {
 public:
  EmulatedV4l2Driver();
  EmulatedV4l2Driver(const EmulatedV4l2Driver&) = delete;
  EmulatedV4l2Driver& operator=(const EmulatedV4l2Driver&) = delete;
  ~EmulatedV4l2Driver() override;

  // Plugs in a camera at |config.path| (replacing an unplugged one).
  void AddCamera(const EmulatedCameraConfig& config);
  // Unplugs the camera at |path|: open() says ENOENT, open descriptors
  // ENODEV, poll POLLERR | POLLHUP.
  void Unplug(const std::string& path);
  // Makes open() fail with EBUSY, or not.
  void SetBusy(const std::string& path, bool busy);
  // Stops (true) or resumes (false) frame production at |path|.
  void SetStalled(const std::string& path, bool stalled);

  // For tests that check every descriptor and mapping was released.
  int open_fd_count() const;
  int mapping_count() const;
  // Frames the node at |path| produced (delivered or dropped), and
  // successful VIDIOC_DQBUF calls.
  uint64_t produced_frames(const std::string& path) const;
  // Ioctls that failed with EINTR (the fault interrupt_ioctls).
  uint64_t interrupted_ioctls() const;
  // CPU time the calling threads spent copying pre-rendered pictures into
  // buffers (what a real camera's DMA does without the CPU), for
  // benchmarks to subtract.
  int64_t copy_cpu_ns() const;

  // V4l2Device:
  int Open(const char* path, int flags) override;
  int Close(int fd) override;
  int Ioctl(int fd, unsigned long request, void* arg) override;
  void* Mmap(void* addr,
             size_t length,
             int prot,
             int flags,
             int fd,
             off_t offset) override;
  int Munmap(void* addr, size_t length) override;
  int Poll(struct pollfd* fds, nfds_t nfds, int timeout_ms) override;

 private:
  using Clock = std::chrono::steady_clock;
  struct Buffer;
  struct Node;
  struct File;

  File* FindFile(int fd);
  int Fail(int error);
  void Wake(Node* node);
  // Produces the frames due by |now| on a streaming node.
  void Advance(Node* node, Clock::time_point now);
  void Fill(Node* node, Buffer* buffer, Clock::time_point when);
  void FreeBuffers(Node* node);
  void StopStreaming(Node* node);
  int Readiness(File* file, Clock::time_point* next_frame);

  int QueryCap(Node* node, v4l2_capability* cap);
  int EnumFmt(Node* node, v4l2_fmtdesc* desc);
  int EnumFrameSizes(Node* node, v4l2_frmsizeenum* size);
  int EnumFrameIntervals(Node* node, v4l2_frmivalenum* interval);
  int GetFormat(Node* node, v4l2_format* format);
  int SetFormat(File* file, v4l2_format* format, bool commit);
  int GetParm(Node* node, v4l2_streamparm* parm);
  int SetParm(File* file, v4l2_streamparm* parm);
  int GetCtrl(Node* node, v4l2_control* control);
  int ReqBufs(File* file, v4l2_requestbuffers* request);
  int QueryBuf(File* file, v4l2_buffer* buffer);
  int QBuf(File* file, v4l2_buffer* buffer);
  int DQBuf(File* file, v4l2_buffer* buffer);
  int StreamOn(File* file, const int* type);
  int StreamOff(File* file, const int* type);

  mutable std::mutex mutex_;
  std::map<std::string, std::shared_ptr<Node>> nodes_;  // by path
  std::map<int, std::unique_ptr<File>> files_;          // by descriptor
  // Buffer memory stays alive while mapped, as with the kernel.
  std::map<void*, std::shared_ptr<std::vector<uint8_t>>> mappings_;
  uint64_t interrupted_ioctls_ = 0;
  int64_t copy_cpu_ns_ = 0;
};

}  // namespace mediacapture

#endif  // PLATFORM_V4L2_EMULATED_V4L2_DRIVER_H_
